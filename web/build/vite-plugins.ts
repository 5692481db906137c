// Two build steps of our own, each a few lines, rather than two more dependencies.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { parse } from 'graphql';
import type { Plugin } from 'vite';

/**
 * Typed documents without the whole catalogue: `graphql(`query X …`)` resolves at run time through a map of
 * every document (generated/gql.ts), which put all ~100 documents on the first page. In the build each call
 * becomes its parsed document (what the client preset's Babel plugin does), and each document a module of its
 * own that the domain file re-exports: the bundler splits code by module, so with one module per domain file a
 * page carried every document of every domain it touched that any page used (the registration form took the
 * roster's, the pairings' and the campaigns' documents along with the one picker it shows). Now a page carries
 * the documents it imports. Development and tests keep the map.
 */
export function documentsInPlace(): Plugin {
  const own = /[\\/]src[\\/]graphql[\\/][\w-]+\.ts$/;
  const call = /^export const (\w+) = graphql\(`([\s\S]*?)`\);$/gm;
  const prefix = '\0tongxin-document:';
  // The shape codegen writes: no locations, no empty lists.
  const compact = (_key: string, value: unknown) => (Array.isArray(value) && value.length === 0 ? undefined : value);
  return {
    name: 'tongxin:documents-in-place',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!own.test(id)) return null;
      const out = code
        .replace(call, (_all, name: string) => `export { ${name} } from '${prefix}${id}?${name}';`)
        .replace(/import \{ graphql \} from '\.\/generated';\n/, '');
      return out === code ? null : { code: out, map: null };
    },
    resolveId(id) {
      return id.startsWith(prefix) ? id : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const [file, name] = id.slice(prefix.length).split('?');
      const found = [...fs.readFileSync(file, 'utf8').matchAll(call)].find((m) => m[1] === name);
      if (!found) throw new Error(`${file}: no document ${name}`);
      return `export const ${name} = ${JSON.stringify(parse(found[2], { noLocation: true }), compact)};\n`;
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
