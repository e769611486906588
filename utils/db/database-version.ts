/**
 * The database's name and version, apart from database.ts so that the popup's
 * early script (early-snapshot.ts) can open it without bundling idb.
 */
export const databaseName = 'urgent-actions';
export const databaseVersion = 3;
