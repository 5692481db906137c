import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// In development the hub runs separately on :4000; in production it serves web/dist itself.
const hub = 'http://localhost:4000';

export default defineConfig({
  plugins: [vue()],
  // vue-i18n's bundler build reads these flags; we use the Composition API only.
  define: {
    __VUE_I18N_LEGACY_API__: 'false',
    __VUE_I18N_FULL_INSTALL__: 'true',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  server: {
    proxy: {
      '/graphql': hub,
      '/healthz': hub,
      '/readyz': hub,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
