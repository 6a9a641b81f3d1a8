type Json = unknown;

/**
 * Whether `output` (a model written back by Jackson with the ConnspecJson mapper) is `input` exactly,
 * as the serialisation contract says: the same properties (absent stays absent, a schema default is
 * not added, an explicit null stays null), numbers by value. Returns where and why not, or undefined.
 */
export function roundTripProblem(input: Json, output: Json, at = ''): string | undefined {
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) return `${at}: ${JSON.stringify(input)} came back as ${JSON.stringify(output)}`;
    return input.map((item, i) => roundTripProblem(item, output[i], `${at}/${i}`)).find((p) => p !== undefined);
  }
  if (isObject(input)) {
    if (!isObject(output)) return `${at}: object came back as ${JSON.stringify(output)}`;
    const missing = Object.keys(input).find((k) => !(k in output));
    if (missing !== undefined) return `${at}/${missing}: missing from the output`;
    const added = Object.keys(output).find((k) => !(k in input));
    if (added !== undefined) return `${at}/${added}: added by the output`;
    return Object.keys(input).map((k) => roundTripProblem(input[k], output[k], `${at}/${k}`)).find((p) => p !== undefined);
  }
  return input === output ? undefined : `${at}: ${JSON.stringify(input)} came back as ${JSON.stringify(output)}`;
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
