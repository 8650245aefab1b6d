import { z } from 'zod';
import { csrfSchema } from '../../../src/modules/auth/contracts.ts';
import {
  importRowErrorSchema,
  type ImportRowError,
} from '../../../src/modules/vacancies/import-contracts.ts';

const refusedImportSchema = z.object({ errors: z.array(importRowErrorSchema) });

/** A failed API call as the server describes it: `{error: {code, message, field?}}`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** The whole answer, for refusals that carry more than the error (an import's rows). */
    readonly body?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The row errors a refused import (400) carries beside its error, or null: a file that was
 * fine at the check may be refused at the import (someone invited the same person meanwhile),
 * and the user must see which rows, not only that it failed.
 */
export function importRowErrorsOf(error: unknown): ImportRowError[] | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const parsed = refusedImportSchema.safeParse(error.body);
  return parsed.success && parsed.data.errors.length > 0 ? parsed.data.errors : null;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let csrfToken: Promise<string> | null = null;

/** Fetched once per page load; fetched again when the server rejects it. */
function getCsrfToken(): Promise<string> {
  csrfToken ??= fetch('/api/auth/csrf', { credentials: 'same-origin' })
    .then(async (res) => {
      if (!res.ok) throw await toApiError(res);
      return csrfSchema.parse(await res.json()).token;
    })
    .catch((error: unknown) => {
      csrfToken = null;
      throw error;
    });
  return csrfToken;
}

async function toApiError(res: Response): Promise<ApiError> {
  try {
    const body = (await res.json()) as {
      error?: { code?: string; message?: string; field?: string };
    };
    const e = body.error;
    if (e?.code && e.message) return new ApiError(res.status, e.code, e.message, e.field, body);
  } catch {
    // Not JSON (a proxy, a crash): fall through to a generic error.
  }
  return new ApiError(res.status, res.status >= 500 ? 'internal' : 'unknown', res.statusText);
}

const isCsrfRejection = (e: ApiError) => e.status === 403 && /csrf/i.test(e.message);

async function send(
  method: Method,
  path: string,
  body: unknown,
  retried: boolean,
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') headers['x-csrf-token'] = await getCsrfToken();
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', 'network error');
  }
  if (res.ok) return res;
  const error = await toApiError(res);
  if (!retried && isCsrfRejection(error)) {
    csrfToken = null;
    return send(method, path, body, true);
  }
  throw error;
}

/** Calls the API and checks the answer against the shared contract schema. */
export async function apiRequest<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  const res = await send(method, path, body, false);
  return schema.parse(await res.json());
}

/** For calls that answer 204 No Content. */
export async function apiRequestNoContent(
  method: Method,
  path: string,
  body?: unknown,
): Promise<void> {
  await send(method, path, body, false);
}

export const isUnauthenticated = (error: unknown): boolean =>
  error instanceof ApiError && error.status === 401;
