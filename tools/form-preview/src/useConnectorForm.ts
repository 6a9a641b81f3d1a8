import { useMemo, useRef, useState } from 'react';
import type { IChangeEvent } from '@rjsf/core';
import type { RJSFSchema, RJSFValidationError, UiSchema } from '@rjsf/utils';
import { chosenBranchErrors } from './branches.js';
import { choiceSelect } from './ChoiceSelect.js';
import { fillDefaults, maskSecrets } from './config.js';
import { loadFixture, type Connector, type Fixture } from './data.js';
import { withOptionalControls } from './optional.js';
import { touchedErrors } from './touched.js';

export type Config = Record<string, unknown>;

/** What a submit sends: the real config, secrets and all, as a `connspec:submit` event on window. */
const SUBMIT_EVENT = 'connspec:submit';

/** The starting config: the connector's `type` tag (from the index); defaults are filled in after. */
function initialConfig(connector: Connector): Config {
  const hasTypeTag = typeof connector.schema.properties?.['type'] === 'object';
  return hasTypeTag ? { type: connector.type } : {};
}

/** An optional object that would show values the config does not hold is offered with an "add" control. */
const formUi = (connector: Connector): UiSchema => withOptionalControls(connector.schema, connector.uiSchema);

/**
 * One connector's form state: the config (defaults filled in), the chosen branches, the fields the
 * user changed, whether all errors show (after a submit or a fixture load), and what the page shows.
 */
export function useConnectorForm(connector: Connector) {
  const choices = useRef(new Map<string, number>()).current;
  const touched = useRef(new Set<string>()).current;
  // Read by transformErrors during a submit's validation, before a state update could land.
  const showAll = useRef(false);
  const fill = (data: Config): Config => fillDefaults(connector.schema, connector.uiSchema, data, choices) as Config;
  const [config, setConfig] = useState<Config>(() => fill(initialConfig(connector)));
  const [submitted, setSubmitted] = useState<Config | undefined>(undefined);
  const [formKey, setFormKey] = useState(0);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const uiSchema = useMemo(() => formUi(connector), [connector]);
  const widgets = useMemo(() => ({ SelectWidget: choiceSelect(choices) }), [choices]);

  const load = (fixture: Fixture): void => {
    loadFixture(connector, fixture).then(
      (body) => {
        choices.clear();
        showAll.current = true; // a loaded config shows all its errors, as after a submit
        setConfig(fill(body as Config));
        setSubmitted(undefined);
        setLoadError(undefined);
        setFormKey((k) => k + 1);
      },
      (error: unknown) => setLoadError(String(error)),
    );
  };

  return {
    config,
    submitted,
    formKey,
    loadError,
    uiSchema,
    widgets,
    load,
    touch: (id: string): void => void touched.add(id),
    submitting: (): void => void (showAll.current = true),
    transformErrors: (errors: RJSFValidationError[]): RJSFValidationError[] => touchedErrors(chosenBranchErrors(errors, choices), touched, showAll.current),
    show: (data: Config): string => JSON.stringify(maskSecrets(connector.schema, connector.uiSchema, data), null, 2),
    onChange: (e: IChangeEvent<Config, RJSFSchema>): void => {
      setConfig(fill(e.formData ?? {}));
      setSubmitted(undefined);
    },
    onSubmit: (e: IChangeEvent<Config, RJSFSchema>): void => {
      // As JSON: rjsf leaves keys of a branch switched away from as `undefined`, which JSON drops.
      const sent = JSON.parse(JSON.stringify(e.formData ?? {})) as Config;
      setSubmitted(sent);
      window.dispatchEvent(new CustomEvent(SUBMIT_EVENT, { detail: sent }));
    },
  };
}
