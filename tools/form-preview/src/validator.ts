import { customizeValidator } from '@rjsf/validator-ajv8';

/**
 * rjsf's ajv8 validator, told about what connspec's generated forms may carry: the `mask` and
 * `expose` keywords (connspec extensions; `deprecated` is already in ajv's metadata vocabulary) and
 * the `password` format. They are annotations for the form: nothing is checked by them.
 * rjsf's de-duplication of like messages across `oneOf` branches is off: it can keep the message of
 * a branch the form does not show and drop the chosen one's (the preview keeps the chosen branch's).
 */
export const validator = customizeValidator({
  customFormats: { password: () => true },
  ajvOptionsOverrides: { keywords: ['mask', 'expose'] },
  suppressDuplicateFiltering: 'all',
});
