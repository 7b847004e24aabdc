import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import type { SessionInfo } from '../types.ts';

export function LoginPage({ onSignedIn }: { onSignedIn: (s: SessionInfo) => Promise<void> }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSignedIn(await api.post<SessionInfo>('/api/auth/login', { username: username.trim(), password }));
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? new ApiError(401, 'UNAUTHENTICATED', t('auth.badCredentials')) : err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="login-wrap">
      <div className="login-lang">
        <LanguageSwitch />
      </div>
      <form className="login card" onSubmit={(e) => void submit(e)} aria-labelledby="login-title">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            ⊕
          </span>
          <span>exportctl</span>
        </div>
        <h1 id="login-title">{t('auth.title')}</h1>
        <p className="muted">{t('auth.subtitle')}</p>
        <label>
          {t('auth.username')}
          <input name="username" autoComplete="username" autoFocus required value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          {t('auth.password')}
          <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        <ErrorMessage error={error} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? t('auth.signingIn') : t('auth.signIn')}
        </button>
      </form>
    </div>
  );
}
