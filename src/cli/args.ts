/**
 * Small helpers for the CLI's flags: integers and choices with messages that name the flag,
 * the value and what is allowed (English and Chinese); and why a path given cannot be read.
 */
import { ParameterError } from '../sim/errors.ts';

export function intFlag(name: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const v = Number(raw.trim());
  if (raw.trim() === '' || !Number.isInteger(v) || v < min || v > max) {
    throw new ParameterError(`--${name}`, raw, `an integer from ${min} to ${max}`, `${min} 到 ${max} 之间的整数`);
  }
  return v;
}

export function choiceFlag<T extends string>(
  name: string,
  raw: string | undefined,
  fallback: T,
  allowed: readonly T[],
): T {
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ParameterError(`--${name}`, raw, `one of ${allowed.join(', ')}`, `${allowed.join('、')} 之一`);
  }
  return raw as T;
}

/** The language for terminal output: --lang, else zh-CN when LANG says Chinese, else en. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): 'en' | 'zh-CN' {
  return /^zh/i.test(env.LC_ALL || env.LC_MESSAGES || env.LANG || '') ? 'zh-CN' : 'en';
}

/** Prints a ParameterError or a parse error in both languages; returns the exit code. */
export function reportUsageError(command: string, error: unknown, help: string): number {
  if (error instanceof ParameterError) {
    console.error(`hallflow ${command}: ${error.message}\nhallflow ${command}：${error.messageZh}`);
    return 2;
  }
  if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
    console.error(`hallflow ${command}: ${error.message}\n\n${help}`);
    return 2;
  }
  throw error;
}

const PATH_PROBLEMS: Record<string, { en: string; zh: string }> = {
  ENOENT: { en: 'no such file', zh: '文件不存在' },
  EISDIR: { en: 'is a directory', zh: '是一个目录' },
  ENOTDIR: { en: 'a part of the path is not a directory', zh: '路径中有一部分不是目录' },
  EACCES: { en: 'permission denied', zh: '没有读取权限' },
  EPERM: { en: 'permission denied', zh: '没有读取权限' },
  ELOOP: { en: 'too many symbolic links', zh: '符号链接层数过多' },
  ENAMETOOLONG: { en: 'the path is too long', zh: '路径过长' },
};

/**
 * Why a file could not be opened or read, in both languages, for a system error (one with an
 * errno code: ENOENT, EISDIR, EACCES, ...); null for any other error.
 */
export function pathProblem(error: unknown): { en: string; zh: string } | null {
  if (!(error instanceof Error) || !('code' in error) || typeof error.code !== 'string' || !('syscall' in error))
    return null;
  return PATH_PROBLEMS[error.code] ?? { en: `cannot be read (${error.code})`, zh: `无法读取（${error.code}）` };
}
