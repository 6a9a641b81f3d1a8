"""A connector author's use of the packaged models, in a fresh venv holding only the wheel and what it declares.

Prints one JSON object: every Mysql fixture's verdict against the manifest's, and the secret's round trip.
"""

import json

from pydantic import SecretStr, ValidationError

from connspec_models import MysqlConnection
from connspec_models.fixtures import fixtures, load

wrong: list[str] = []
accepted = 0
rejected = 0
for fixture in fixtures('Mysql'):
    try:
        MysqlConnection.model_validate_json(fixture.text())
        ok = True
    except ValidationError:
        ok = False
    accepted += ok
    rejected += not ok
    if ok != fixture.valid:
        wrong.append(fixture.file)

full = load(next(f for f in fixtures('Mysql', valid=True) if f.file == 'valid/full.json'))
assert isinstance(full, MysqlConnection)
config = MysqlConnection.model_validate({'type': 'Mysql', 'username': 'u', 'hostPort': 'db:3306', 'authType': {'password': 'pa55-w0rd'}})
password = getattr(getattr(config.authType, 'root'), 'password')  # authType is a oneOf: a RootModel of its branches
written = json.loads(config.model_dump_json())
again = MysqlConnection.model_validate_json(config.model_dump_json())
print(json.dumps({
    'accepted': accepted,
    'rejected': rejected,
    'wrong': wrong,
    'secretType': isinstance(password, SecretStr),
    'secretHiddenInRepr': 'pa55-w0rd' not in repr(config),
    'secretWritten': written['authType']['password'],
    'roundTrip': again == config,
}))
