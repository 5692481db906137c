import { createApp } from 'vue';
import { createPinia } from 'pinia';
import { DefaultApolloClient } from '@vue/apollo-composable';
import App from './app.vue';
import { createApolloClient } from './apollo/client';
import { i18n, localeReady } from './locales';
import { createAppRouter } from './router';
import { useSessionStore } from './stores/session';
import { keepDialogsOutOfLandmarks } from './components/layout/dialog-landmarks';
// Element Plus's variables first, so the theme below (and the components' own CSS) build on them.
import 'element-plus/theme-chalk/base.css';
import './styles/base.css';
import './styles/theme.css';
import './styles/pages.css';

const pinia = createPinia();
const session = useSessionStore(pinia);
const apollo = createApolloClient({
  token: () => session.accessToken,
  refresh: () => session.refresh(),
  locale: () => i18n.global.locale.value,
});
session.attach(apollo);

const app = createApp(App).use(pinia).use(i18n).use(createAppRouter()).provide(DefaultApolloClient, apollo);
keepDialogsOutOfLandmarks();
void localeReady.then(() => app.mount('#app'));
