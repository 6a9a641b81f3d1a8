/** A schema file's path without `.json` (`entity/x/mysqlConnection`): module paths and names start from it. */
export const withoutJson = (path: string): string => path.replace(/\.json$/, '');

/** A schema file's base name (`entity/x/mysqlConnection.json` → `mysqlConnection`). */
export const schemaBaseName = (path: string): string => withoutJson(path.replace(/^.*\//, ''));
