// Two build steps of our own, each a few lines, rather than two more dependencies.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Typed documents without the whole catalogue: `graphql(`query X …`)` resolves at run time through a map of
 * every document (generated/gql.ts), which put all ~100 documents on the first page. In the build each call
 * becomes its parsed document, in the domain file that declares it, so a page carries only the documents of
 * the domains it imports (what the client preset's Babel plugin does). Development and tests keep the map.
 */
export function documentsInPlace(): Plugin {
  const own = /[\\/]src[\\/]graphql[\\/][\w-]+\.ts$/;
  const call = /graphql\(`([\s\S]*?)`\)/g;
  // The shape codegen writes: no locations, no empty lists.
  const compact = (_key: string, value: unknown) => (Array.isArray(value) && value.length === 0 ? undefined : value);
  return {
    name: 'tongxin:documents-in-place',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!own.test(id)) return null;
      const out = code
        .replace(call, (_all, source: string) => JSON.stringify(parse(source, { noLocation: true }), compact))
        .replace(/import \{ graphql \} from '\.\/generated';\n/, '');
      return out === code ? null : { code: out, map: null };
    },
  };
}

/** Writes a brotli and a gzip copy beside every text asset of the build, for the hub to send as they are. */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'tongxin:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle(_options, bundle) {
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue;
        const file = path.join(outDir, fileName);
        const source = fs.readFileSync(file);
        fs.writeFileSync(
          `${file}.br`,
          zlib.brotliCompressSync(source, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(source, { level: 9 }));
      }
    },
  };
}
