import { getDefaultRegistry } from '@rjsf/core';
import type { WidgetProps } from '@rjsf/utils';
import type { ComponentType } from 'react';

const SelectWidget = getDefaultRegistry().widgets.SelectWidget as ComponentType<WidgetProps>;
const CHOICE_SELECT = /__(?:oneof|anyof)_select$/;

/**
 * rjsf's select widget, recording the branch a `oneOf`/`anyOf` dropdown shows into `choices` (its
 * id → branch index): on render, and on change before rjsf hears of it, so the validation that
 * change triggers already knows the new branch.
 */
export function choiceSelect(choices: Map<string, number>): ComponentType<WidgetProps> {
  return function ChoiceSelect(props: WidgetProps) {
    if (!CHOICE_SELECT.test(props.id)) return <SelectWidget {...props} />;
    if (typeof props.value === 'number' && props.value >= 0) choices.set(props.id, props.value);
    const onChange = (value: unknown): void => {
      const index = Number(value);
      if (Number.isInteger(index) && index >= 0) choices.set(props.id, index);
      props.onChange(value);
    };
    return <SelectWidget {...props} onChange={onChange} />;
  };
}
