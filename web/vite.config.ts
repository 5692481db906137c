import { defineConfig, loadEnv } from 'vite';
import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { documentsInPlace, precompress } from './build/vite-plugins';

export default defineConfig(({ mode }) => {
  // In development the hub runs separately (default :4000); in production it serves web/dist itself.
  const env = loadEnv(mode, process.cwd(), '');
  const hub = env.HUB_URL || 'http://localhost:4000';
  return {
    plugins: [
      documentsInPlace(),
      // No component uses the Options API (data, methods, mixins): Vue's support for it stays out of the build.
      vue({ features: { optionsAPI: false } }),
      // Element Plus on demand: only the components and services a view uses reach the bundle.
      AutoImport({ resolvers: [ElementPlusResolver()], dts: 'src/auto-imports.d.ts' }),
      Components({ resolvers: [ElementPlusResolver()], dts: 'src/components.d.ts', dirs: [] }),
      precompress(),
    ],
    // Apollo Client's development checks and messages stay out of the build; petite-vue-i18n (vue-i18n's
    // light build: Composition API, named interpolation, no pluralisation or formats) reads the others.
    define: {
      'globalThis.__DEV__': 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
      // Messages are filled in by our own few lines (src/locales/index.ts), not vue-i18n's message compiler.
      __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
    },
    server: {
      proxy: {
        '/graphql': hub,
        '/healthz': hub,
        '/readyz': hub,
        '/files': hub,
      },
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 700,
    },
  };
});
