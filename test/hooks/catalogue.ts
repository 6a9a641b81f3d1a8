/** A small catalogue (two connections sharing definitions) and its config, for tests that need a git repository. */

export const CONFIG = `{
  "schemaRoot": "schemas",
  "baseUrl": "https://example.com/s/",
  "connections": { "paths": ["connections/{name}.json"] },
  "rules": { "secret-format": "off" }
}
`;

export const CATALOGUE: Readonly<Record<string, string>> = {
  'schemas/common.json': `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://example.com/s/common.json",
  "definitions": {
    "port": { "type": "integer", "minimum": 1 },
    "host": { "type": "string" }
  }
}
`,
  'schemas/connections/db.json': `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://example.com/s/connections/db.json",
  "title": "Db",
  "type": "object",
  "properties": {
    "host": { "$ref": "../common.json#/definitions/host" },
    "port": { "$ref": "../common.json#/definitions/port" }
  },
  "required": ["host"],
  "additionalProperties": false
}
`,
  'schemas/connections/api.json': `{
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://example.com/s/connections/api.json",
  "title": "Api",
  "type": "object",
  "properties": {
    "port": { "$ref": "../common.json#/definitions/port" },
    "password": { "type": "string" }
  },
  "additionalProperties": false
}
`,
};
