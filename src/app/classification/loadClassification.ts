/** Loads a classification record the actor may act on; another exporter's record is reported as not found. */
import { type Action, decide } from '../../domain/access/policy.ts';
import type { ClassificationRecord } from '../../domain/classification/classification.ts';
import type { WorkflowActor } from '../../domain/classification/workflow.ts';
import { AppError, notFound } from '../../domain/errors.ts';
import type { ClassificationRepository } from '../../infra/db/repositories/classificationRepository.ts';

export async function loadClassification(repo: ClassificationRepository, actor: WorkflowActor, id: string, action: Action = 'read'): Promise<ClassificationRecord> {
  const c = await repo.classification(id);
  if (!c) throw notFound('classification');
  switch (decide(actor, action, { type: 'classification', organisationId: c.organisationId })) {
    case 'allow':
      return c;
    case 'hidden':
      throw notFound('classification');
    case 'forbidden':
      // The workflow names the precise reason (role, four-eyes); reads are refused here.
      if (action === 'read') throw new AppError('FORBIDDEN', `your roles (${actor.roles.join(', ') || 'none'}) do not allow read on classification`);
      return c;
  }
}
