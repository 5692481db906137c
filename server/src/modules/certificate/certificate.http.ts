// A certificate's PDF beside /graphql, with the same bearer token: rendered from the stored
// snapshot on each download, its QR code pointing at the panel's public verification page.
import express, { type Request, type Router } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuthRuntime } from '../../auth/runtime';
import type { ScopeTables } from '../../auth/scope';
import type { Viewer } from '../../auth/viewer';
import { createContext } from '../../context/context';
import { localeOf, translate } from '../../common/messages';
import { CertificateService } from './certificate.service';

export interface CertificateHttpDeps {
  db: DataSource;
  auth: AuthRuntime;
  scopeTables: ScopeTables;
  authenticate: (req: Request) => Promise<{ viewer: Viewer | null; authError?: string }>;
  now?: () => Date;
  /** The panel's public address (PUBLIC_URL); without it, the address this request came to. */
  publicUrl?: string;
}

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

export function certificateRouter(deps: CertificateHttpDeps): Router {
  const router = express.Router();
  const certificates = new CertificateService();

  router.get('/certificates/:id.pdf', async (req, res) => {
    const requestId = req.id as string; // pino-http's genReqId (app.ts) makes it a string
    const locale = localeOf(typeof req.query.lang === 'string' ? req.query.lang : req.headers['accept-language']);
    const { viewer, authError } = await deps.authenticate(req);
    const ctx = createContext(deps.db, requestId, req.log, deps.auth, deps.scopeTables, viewer, {
      authError,
      ip: req.ip ?? 'unknown',
      locale,
      now: deps.now,
    });
    if (!viewer) {
      res.status(401).json({
        errors: [{ message: authError ?? 'Log in first.', extensions: { code: 'UNAUTHENTICATED', requestId } }],
      });
      return;
    }
    try {
      const origin = (deps.publicUrl ?? `${req.protocol}://${req.get('host')}`).replace(/\/+$/, '');
      const { name, file } = await certificates.pdf(ctx, String(req.params.id), origin);
      res.setHeader('content-type', 'application/pdf');
      res.setHeader(
        'content-disposition',
        `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      res.setHeader('cache-control', 'no-store');
      res.end(file);
    } catch (err) {
      if (!(err instanceof GraphQLError)) throw err;
      const ext = err.extensions as { code?: string; messageKey?: string; params?: Record<string, string | number> };
      const code = ext.code ?? 'BAD_USER_INPUT';
      res.status(STATUS[code] ?? 400).json({
        errors: [
          {
            message: ext.messageKey ? translate(ext.messageKey, ctx.locale, ext.params) : err.message,
            extensions: { code, requestId },
          },
        ],
      });
    }
  });
  return router;
}
