// The choices behind each record picker: a search term in, at most a page of { id, name } out.
import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { BeneficiaryOptionsDocument, HouseholdOptionsDocument } from '../graphql/beneficiaries';
import { CampaignOptionsDocument } from '../graphql/campaigns';
import { OrganisationOptionsDocument, RegionChildrenDocument, InstitutionOptionsDocument } from '../graphql/directory';
import { PairingOptionsDocument } from '../graphql/pairings';
import { StationOptionsDocument } from '../graphql/stations';
import { VolunteerOptionsDocument } from '../graphql/volunteers';
import type { VolunteerCategory } from '../graphql/generated/graphql';
import { useT } from '../locales/use-t';

export interface Option {
  id: string;
  name: string;
}

const search = (term: Ref<string>) => () => ({ search: term.value.trim() || undefined });
const on = (enabled?: Ref<boolean>) => () => ({ enabled: enabled?.value ?? true });

export function useOrganisationOptions(term: Ref<string>, enabled?: Ref<boolean>) {
  const q = useQuery(OrganisationOptionsDocument, search(term), on(enabled));
  const options = computed<Option[]>(
    () => q.result.value?.organisations.nodes.map((o) => ({ id: o.id, name: o.name })) ?? [],
  );
  return { options, loading: q.loading };
}

export function useCampaignOptions(term: Ref<string>, enabled?: Ref<boolean>) {
  const q = useQuery(CampaignOptionsDocument, search(term), on(enabled));
  const options = computed<Option[]>(
    () => q.result.value?.campaigns.nodes.map((c) => ({ id: c.id, name: `${c.name}（${c.startsOn}）` })) ?? [],
  );
  return { options, loading: q.loading };
}

/** The district a place lies in (depth 1), found among it and its ancestors: its federation confirms pairings. */
type Place = { name: string; depth: number; parent?: Place | null };
const districtOf = (r: Place | null | undefined): string | null =>
  !r ? null : r.depth === 1 ? r.name : r.depth > 1 ? districtOf(r.parent) : null;

export function useBeneficiaryOptions(term: Ref<string>, enabled?: Ref<boolean>) {
  const { t } = useT();
  const q = useQuery(BeneficiaryOptionsDocument, search(term), on(enabled));
  const options = computed<Option[]>(
    () =>
      q.result.value?.beneficiaries.nodes.map((b) => {
        const district = districtOf(b.region);
        const place =
          district && district !== b.region.name
            ? t('pickers.placeInDistrict', { place: b.region.name, district })
            : b.region.name;
        return { id: b.id, name: `${b.realName} · ${place}` };
      }) ?? [],
  );
  return { options, loading: q.loading };
}

export function useHouseholdOptions(term: Ref<string>, enabled?: Ref<boolean>) {
  const q = useQuery(HouseholdOptionsDocument, search(term), on(enabled));
  const options = computed<Option[]>(
    () => q.result.value?.households.nodes.map((h) => ({ id: h.id, name: `${h.headName} · ${h.region.name}` })) ?? [],
  );
  return { options, loading: q.loading };
}

/** Active pairings (there is no name search): "helper → helped", narrowed by the term on this side. */
export function usePairingOptions(term: Ref<string>, enabled?: Ref<boolean>) {
  const { t } = useT();
  const q = useQuery(PairingOptionsDocument, {}, on(enabled));
  const options = computed<Option[]>(() =>
    (q.result.value?.pairings.nodes ?? [])
      .map((p) => ({
        id: p.id,
        name: t('pickers.pairingName', {
          helper: p.volunteer?.realName ?? p.ownerA.name,
          helped: p.beneficiary?.realName ?? p.household?.headName ?? p.institution?.name ?? '—',
        }),
      }))
      .filter((o) => !term.value.trim() || o.name.includes(term.value.trim())),
  );
  return { options, loading: q.loading };
}

export function useRegionChildren(parentId: Ref<string>) {
  const q = useQuery(
    RegionChildrenDocument,
    () => ({ parentId: parentId.value }),
    () => ({ enabled: !!parentId.value }),
  );
  const options = computed<Option[]>(() => (parentId.value ? (q.result.value?.regions.nodes ?? []) : []));
  return { options, loading: q.loading };
}

export function useStationOptions(regionId: Ref<string>) {
  const q = useQuery(
    StationOptionsDocument,
    () => ({ regionId: regionId.value }),
    () => ({ enabled: !!regionId.value }),
  );
  const options = computed<Option[]>(() => (regionId.value ? (q.result.value?.serviceStations.nodes ?? []) : []));
  return { options, loading: q.loading };
}

/** Active volunteers the viewer can see, "name · home district · organisation"; `categories` narrows them. */
export function useVolunteerOptions(
  term: Ref<string>,
  enabled?: Ref<boolean>,
  categories?: Ref<VolunteerCategory[] | undefined>,
) {
  const q = useQuery(
    VolunteerOptionsDocument,
    () => ({ ...search(term)(), categories: categories?.value }),
    on(enabled),
  );
  const options = computed<Option[]>(
    () =>
      q.result.value?.volunteers.nodes.map((v) => ({
        id: v.id,
        name: [v.realName, v.homeRegion.name, v.organisation?.name].filter(Boolean).join(' · '),
      })) ?? [],
  );
  return { options, loading: q.loading };
}

export function useInstitutionOptions(term: Ref<string>, enabled?: Ref<boolean>) {
  const q = useQuery(InstitutionOptionsDocument, search(term), on(enabled));
  const options = computed<Option[]>(
    () => q.result.value?.organisations.nodes.map((o) => ({ id: o.id, name: o.name })) ?? [],
  );
  return { options, loading: q.loading };
}
