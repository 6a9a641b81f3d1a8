import { dependencyClasspath } from './java/maven.js';
import { ensureVenv } from './python/python.js';

/**
 * Runs once before the test files (which run two at a time): the Python venv and the Java
 * dependency classpath are made ready here, so no two files race to create them.
 */
export default function setup(): void {
  ensureVenv();
  dependencyClasspath();
}
