export interface ListTables {}
