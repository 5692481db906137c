// Component and unit tests: happy-dom, the same Vue and Element Plus (on demand) set-up as the app.
import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import AutoImport from 'unplugin-auto-import/vite';
import Components from 'unplugin-vue-components/vite';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';

export default defineConfig({
  plugins: [
    vue(),
    AutoImport({ resolvers: [ElementPlusResolver()], dts: false }),
    Components({ resolvers: [ElementPlusResolver({ importStyle: false })], dts: false, dirs: [] }),
  ],
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'happy-dom',
    server: { deps: { inline: ['element-plus'] } },
  },
});
