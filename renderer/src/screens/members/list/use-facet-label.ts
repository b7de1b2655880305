import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import {
  availabilityModes,
  type AvailabilityMode,
} from '../../../../../shared/domain/contribution';
import {
  investmentTypes,
  type InvestmentType,
} from '../../../../../shared/domain/investment-interest';
import type { FacetId } from '../../../search/member-search-types';
import type { ListLabel, ListLabelId } from './use-list-labels';

const facetLists: Readonly<Record<FacetId, ListLabelId | undefined>> = {
  residence: 'iso-3166-1',
  origin: 'iso-3166-2',
  sector: 'isic-rev4',
  iscoMajor: 'isco-08',
  language: 'iso-639-3',
  availabilityMode: undefined,
  investmentType: undefined,
  association: undefined,
};

const isMode = (value: string): value is AvailabilityMode =>
  (availabilityModes as readonly string[]).includes(value);
const isInvestmentType = (value: string): value is InvestmentType =>
  (investmentTypes as readonly string[]).includes(value);

/**
 * The label of a facet value in the interface language: from its code list or the locales; an
 * association's is its name (`associationLabel`, by record id).
 */
export function useFacetLabel(
  listLabel: ListLabel,
  associationLabel: (id: string) => string | undefined,
): (facet: FacetId, value: string) => string {
  const { t } = useTranslation();
  return useCallback(
    (facet: FacetId, value: string) => {
      const list = facetLists[facet];
      if (list !== undefined) return listLabel(list, value) ?? value;
      if (facet === 'association') {
        return associationLabel(value) ?? t('associations.profile.notHere');
      }
      if (facet === 'availabilityMode' && isMode(value)) return t(`memberList.modes.${value}`);
      if (facet === 'investmentType' && isInvestmentType(value)) {
        return t(`memberList.investmentTypes.${value}`);
      }
      return t('memberList.unknownValue', { code: value });
    },
    [listLabel, associationLabel, t],
  );
}
