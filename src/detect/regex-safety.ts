import { checkSync } from 'recheck';

export interface RegexSafetyVerdict {
  safe: boolean;
  /** 'safe' | 'linear' | 'polynomial' | 'exponential' | 'unknown' */
  complexity: string;
  reason?: string;
}

/** Fixed fuzzing seed: the same pattern always gets the same verdict. */
const FUZZ_SEED = 20_261_121;

/**
 * Static ReDoS check with recheck. A pattern is accepted only when recheck proves it safe: exponential
 * AND polynomial (e.g. unanchored `\s*,\s*`, quadratic on a long run of spaces) are rejected, and so
 * is a check that cannot finish. Bound repeats or anchor the start with a lookbehind to make a pattern
 * provably linear. The exact automaton analysis runs first with half the budget; only when it cannot
 * decide (unsupported syntax, too large) does the fuzzer run, with a fixed seed. Random seeds made the
 * fuzzer report long bounded gaps (`[^.]{0,40}?`) as polynomial on some runs and not others.
 */
export function checkRegexSafety(source: string, flags = '', timeoutMs = 10_000): RegexSafetyVerdict {
  const clean = flags.replace(/[gy]/g, '');
  let diagnostics = checkSync(source, clean, { timeout: timeoutMs / 2, checker: 'automaton' });
  if (diagnostics.status === 'unknown') {
    diagnostics = checkSync(source, clean, {
      timeout: timeoutMs / 2,
      checker: 'fuzz',
      randomSeed: FUZZ_SEED,
    });
  }
  if (diagnostics.status === 'safe') return { safe: true, complexity: diagnostics.complexity.type };
  if (diagnostics.status === 'vulnerable') {
    return {
      safe: false,
      complexity: diagnostics.complexity.type,
      reason: `${diagnostics.complexity.type} backtracking, e.g. on input ${JSON.stringify(diagnostics.attack.string.slice(0, 40))}…`,
    };
  }
  return {
    safe: false,
    complexity: 'unknown',
    reason: `could not be proven safe (${diagnostics.error.kind})`,
  };
}

/** Compiles a pattern after the safety check; throws with a clear message when it is unsafe or invalid. */
export function compileSafeRegex(source: string, flags: string, label: string): RegExp {
  let regex: RegExp;
  try {
    regex = new RegExp(source, flags);
  } catch (error) {
    throw new Error(`${label}: invalid regular expression: ${(error as Error).message}`);
  }
  const verdict = checkRegexSafety(source, flags);
  if (!verdict.safe) throw new Error(`${label}: regular expression rejected as unsafe: ${verdict.reason}`);
  return regex;
}
