/**
 * One javac run over the Java generated from the draft-07 catalogue. Should javac refuse a file (a
 * generator bug: the output must always compile), the groups owning the failing files are taken
 * out for Java, with javac's message as the reason, and the rest rebuilt.
 */
import { rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { ConnspecConfig, IR } from '@connspec/core';
import { javaTypeNames, type JavaSettings } from '@connspec/generator-java';
import { compileJava, type Built } from '../../java/maven.js';
import type { Entry } from './catalogue.js';
import { JAVA_SETTINGS, writeJava, type Reasons } from './generation.js';

export interface JavaBuild {
  readonly ir: IR;
  readonly settings: JavaSettings;
  readonly built: Built | undefined;
  readonly notes: Map<string, string[]>;
}

const MAX_ROUNDS = 3;

export async function buildJava(config: ConnspecConfig, entries: readonly Entry[], work: string, out: Reasons): Promise<JavaBuild> {
  let kept = [...entries];
  for (let round = 1; ; round++) {
    const src = join(work, `java-${round}`, 'src');
    rmSync(src, { recursive: true, force: true });
    const generated = await writeJava(config, kept, src, out);
    kept = generated.kept;
    try {
      return { ir: generated.ir, settings: JAVA_SETTINGS, built: compileJava(join(src, 'src/main/java'), join(work, `java-${round}`, 'build')), notes: generated.notes };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const bad = failingGroups(generated.ir, kept, message);
      if (bad.size === 0 || round === MAX_ROUNDS) {
        for (const e of kept) out.set(e.group.key, `the Java output does not compile: ${message.split('\n').slice(1, 3).join(' ')}`);
        return { ir: generated.ir, settings: JAVA_SETTINGS, built: undefined, notes: generated.notes };
      }
      for (const [key, line] of bad) out.set(key, `javac refuses the generated Java (a generator bug): ${line}`);
      kept = kept.filter((e) => !bad.has(e.group.key));
    }
  }
}

/** Group key → first javac error line, for every generated file javac names. */
function failingGroups(ir: IR, entries: readonly Entry[], output: string): Map<string, string> {
  const byClass = new Map([...javaTypeNames(ir, JAVA_SETTINGS)].map(([id, fqcn]) => [fqcn, ir.declarations.get(id)?.file ?? '']));
  const out = new Map<string, string>();
  for (const line of output.split('\n')) {
    // javac's `<path>.java:<line>: error: <message>` (or `warning:`, an error under -Werror).
    const file = /^(\S+)\.java:\d+: (?:error|warning): /.exec(line)?.[1];
    if (!file) continue;
    const fqcn = file.split(`src${sep}main${sep}java${sep}`).at(-1)?.split(sep).join('.') ?? '';
    const owner = entries.find((e) => e.path === byClass.get(fqcn) || e.wrapper === byClass.get(fqcn));
    if (owner && !out.has(owner.group.key)) out.set(owner.group.key, line.replace(/^.*?\.java:/, '').trim());
  }
  return out;
}
