// Small reference lists the filters and forms share: districts and the service catalogue (public, cached).
import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { DistrictsDocument } from '../graphql/directory';
import { ServiceTypesDocument } from '../graphql/public';
import { useT } from '../locales/use-t';

export function useDistricts() {
  const q = useQuery(DistrictsDocument, {}, { fetchPolicy: 'cache-first' });
  const districts = computed(() => q.result.value?.regions.nodes ?? []);
  return { districts, loading: q.loading, error: q.error };
}

export function useServiceTypes() {
  const { locale } = useT();
  const q = useQuery(ServiceTypesDocument, {}, { fetchPolicy: 'cache-first' });
  const serviceTypes = computed(() => q.result.value?.serviceTypes.nodes ?? []);
  return { serviceTypes, loading: q.loading, error: q.error, serviceTypeName: useServiceTypeName(locale) };
}

/** The catalogue names each service in Chinese and English; show the one matching the UI. */
export function useServiceTypeName(locale = useT().locale) {
  return (st: { name: string; nameEn: string }) => (locale.value === 'en' ? st.nameEn : st.name);
}
