import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorCode } from '../shared/errors.ts';

const statusOf: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  rate_limited: 429,
  internal: 500,
};

export interface ErrorBody {
  error: { code: ErrorCode; message: string; field?: string };
}

const body = (code: ErrorCode, message: string, field?: string): ErrorBody => ({
  error: field ? { code, message, field } : { code, message },
});

/** One place maps every failure to `{error: {code, message, field?}}` and an HTTP status. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    if (error instanceof AppError) {
      if (error.code === 'internal') request.log.error({ err: error }, 'internal error');
      return reply.status(statusOf[error.code]).send(body(error.code, error.message, error.field));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const first = error.validation[0];
      const path = first?.instancePath.replace(/^\//, '').replaceAll('/', '.') ?? '';
      const where =
        error.validationContext === 'body' || !error.validationContext
          ? ''
          : `${error.validationContext}.`;
      const field = path ? `${where}${path}` : (error.validationContext ?? 'body');
      return reply
        .status(400)
        .send(body('invalid_input', `${field}: ${first?.message ?? 'invalid'}`, field));
    }
    const status = error.statusCode ?? 500;
    if (status === 429)
      return reply.status(429).send(body('rate_limited', 'Too many requests; wait a minute'));
    if (error.code === 'FST_CSRF_INVALID_TOKEN' || error.code === 'FST_CSRF_MISSING_SECRET') {
      return reply
        .status(403)
        .send(body('forbidden', 'CSRF token missing or invalid; reload the page'));
    }
    if (
      error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY'
    ) {
      return reply.status(400).send(body('invalid_input', 'body: send JSON', 'body'));
    }
    if (status >= 400 && status < 500) {
      return reply.status(status).send(body('invalid_input', error.message));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Something went wrong on our side'));
  });
}

export const noRouteBody = (method: string, url: string): ErrorBody =>
  body('not_found', `No route ${method} ${url.split('?')[0]}`);
