export interface ScreeningRecordTables {}
