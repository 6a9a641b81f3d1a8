import { useState } from 'react';
import Form from '@rjsf/core';
import type { IChangeEvent } from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import { loadFixture, type Connector, type Fixture } from './data.js';
import { validator } from './validator.js';

type Config = Record<string, unknown>;

/**
 * The starting config: the connector's `type` tag (from the index), nothing else. Other defaults come
 * from rjsf, only for required fields: populating every default would fill optional objects that
 * have required members (and so make a fresh form invalid).
 */
function initialConfig(connector: Connector): Config {
  const hasTypeTag = typeof connector.schema.properties?.['type'] === 'object';
  return hasTypeTag ? { type: connector.type } : {};
}

export function ConnectorView({ connector }: { readonly connector: Connector }) {
  const [config, setConfig] = useState<Config>(() => initialConfig(connector));
  const [submitted, setSubmitted] = useState<Config | undefined>(undefined);
  const [formKey, setFormKey] = useState(0);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);

  const onChange = (e: IChangeEvent<Config, RJSFSchema>): void => {
    setConfig(e.formData ?? {});
    setSubmitted(undefined);
  };

  const load = (fixture: Fixture): void => {
    loadFixture(connector, fixture).then(
      (body) => {
        setConfig(body as Config);
        setSubmitted(undefined);
        setLoadError(undefined);
        setFormKey((k) => k + 1);
      },
      (error: unknown) => setLoadError(String(error)),
    );
  };

  return (
    <article className="connector" data-connector-view={connector.id}>
      <header>
        <h2>
          {connector.type} <small>({connector.serviceType})</small>
        </h2>
        <p className="source">
          <code>{connector.source}</code>
        </p>
      </header>
      <div className="columns">
        <section className="form" aria-label="Connection form">
          <Form<Config, RJSFSchema>
            key={formKey}
            schema={connector.schema}
            uiSchema={connector.uiSchema}
            validator={validator}
            formData={config}
            liveValidate
            noHtml5Validate
            showErrorList="bottom"
            experimental_defaultFormStateBehavior={{ emptyObjectFields: 'populateRequiredDefaults' }}
            onChange={onChange}
            onSubmit={(e) => setSubmitted(e.formData ?? {})}
          />
        </section>
        <aside className="details">
          <h3>Config JSON</h3>
          <pre id="config-json">{JSON.stringify(config, null, 2)}</pre>
          {submitted && (
            <>
              <h3 id="submitted-title">Submitted ✓</h3>
              <pre id="submitted-json">{JSON.stringify(submitted, null, 2)}</pre>
            </>
          )}
          <Steps connector={connector} />
          <h3>Fixtures</h3>
          {loadError && <p className="error">{loadError}</p>}
          {connector.fixtures.length === 0 ? (
            <p className="empty">No fixtures generated.</p>
          ) : (
            <ul id="fixtures" className="fixtures">
              {connector.fixtures.map((f) => (
                <li key={f.file} className={f.valid ? 'valid' : 'invalid'}>
                  <span className="badge">{f.valid ? 'valid' : `invalid${f.keyword ? ` · ${f.keyword}` : ''}`}</span>{' '}
                  <code>{f.file}</code>
                  {f.description && <span className="description"> — {f.description}</span>}{' '}
                  <button type="button" className="load" onClick={() => load(f)}>
                    Load into form
                  </button>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </article>
  );
}

function Steps({ connector }: { readonly connector: Connector }) {
  const test = connector.testConnection;
  if (!test) return <p className="empty">No test-connection definition generated.</p>;
  return (
    <>
      <h3>Test connection: {test.displayName ?? test.name}</h3>
      {test.description && <p>{test.description}</p>}
      <ol id="test-steps" className="steps">
        {test.steps.map((s) => (
          <li key={s.name} data-step={s.name}>
            <strong>{s.name}</strong>
            {s.mandatory ? <span className="badge">mandatory</span> : <span className="badge optional">optional</span>}
            {s.shortCircuit && <span className="badge">short-circuit</span>}
            {s.description && <div>{s.description}</div>}
            {s.errorMessage && <div className="error-message">On failure: {s.errorMessage}</div>}
          </li>
        ))}
      </ol>
    </>
  );
}
