import Form from '@rjsf/core';
import type { RJSFSchema } from '@rjsf/utils';
import type { Connector } from './data.js';
import { useConnectorForm, type Config } from './useConnectorForm.js';
import { validator } from './validator.js';

export function ConnectorView({ connector }: { readonly connector: Connector }) {
  const form = useConnectorForm(connector);
  const { config, submitted, loadError, load, show } = form;

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
        <section
          className="form"
          aria-label="Connection form"
          // Capture runs before rjsf's own handlers: the field counts as touched, the submit shows all errors.
          onChangeCapture={(e) => form.touch((e.target as HTMLElement).id)}
          onSubmitCapture={form.submitting}
        >
          <Form<Config, RJSFSchema>
            key={form.formKey}
            schema={connector.schema}
            uiSchema={form.uiSchema}
            validator={validator}
            widgets={form.widgets}
            formData={config}
            liveValidate="onChange"
            transformErrors={form.transformErrors}
            noHtml5Validate
            showErrorList="bottom"
            experimental_defaultFormStateBehavior={{ emptyObjectFields: 'populateRequiredDefaults' }}
            onChange={form.onChange}
            onSubmit={form.onSubmit}
          />
        </section>
        <aside className="details">
          <h3>Config JSON</h3>
          <pre id="config-json">{show(config)}</pre>
          {submitted && (
            <>
              <h3 id="submitted-title">Submitted ✓</h3>
              <pre id="submitted-json">{show(submitted)}</pre>
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
