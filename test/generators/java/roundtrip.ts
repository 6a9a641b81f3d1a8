import { isDeepStrictEqual } from 'node:util';
import { defaultOf, derefNode, objectOf, type IR, type TypeNode } from '@connspec/core';

type Json = unknown;

/**
 * Whether `output` (a model written back by Jackson) is `input` with schema defaults filled in:
 * every input value is there (numbers by value), every extra key is a property whose default it
 * holds, and a `null` the schema allows may be dropped (NON_NULL). Returns why not, or undefined.
 */
export function roundTripProblem(ir: IR, node: TypeNode, input: Json, output: Json, at = ''): string | undefined {
  const target = derefNode(ir.declarations, node);
  if (target.kind === 'union') {
    const problems = target.variants.map((v) => roundTripProblem(ir, v, input, output, at));
    return problems.some((p) => p === undefined) ? undefined : `${at}: no branch explains the output (${problems.join('; ')})`;
  }
  const object = objectOf(ir.declarations, target);
  if (object && isObject(input)) return objectProblem(ir, object, input, output, at);
  if (target.kind === 'array' && Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) return `${at}: array differs`;
    return input.map((item, i) => roundTripProblem(ir, target.items ?? anyNode(target), item, output[i], `${at}/${i}`)).find((p) => p !== undefined);
  }
  return isDeepStrictEqual(input, output) ? undefined : `${at}: ${JSON.stringify(input)} came back as ${JSON.stringify(output)}`;
}

function objectProblem(ir: IR, object: Extract<TypeNode, { kind: 'object' }>, input: Record<string, Json>, output: Json, at: string): string | undefined {
  if (!isObject(output)) return `${at}: object came back as ${JSON.stringify(output)}`;
  const propertyType = (key: string): TypeNode => {
    const declared = object.properties.find((p) => p.name === key);
    if (declared) return declared.type;
    return object.additional.kind === 'typed' ? object.additional.type : anyNode(object);
  };
  for (const [key, value] of Object.entries(input)) {
    if (!(key in output)) {
      if (value === null) continue;
      return `${at}/${key}: missing from the output`;
    }
    const problem = roundTripProblem(ir, propertyType(key), value, output[key], `${at}/${key}`);
    if (problem) return problem;
  }
  for (const key of Object.keys(output).filter((k) => !(k in input))) {
    const declared = object.properties.find((p) => p.name === key);
    const fallback = declared ? defaultOf(ir.declarations, declared.type) : undefined;
    if (!declared || !fallback) return `${at}/${key}: added by the output, and not a default`;
    const problem = roundTripProblem(ir, declared.type, fallback.value, output[key], `${at}/${key}`);
    if (problem) return `${problem} (a default)`;
  }
  return undefined;
}

function anyNode(near: TypeNode): TypeNode {
  return { kind: 'any', origin: near.origin, annotations: {} };
}

function isObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
