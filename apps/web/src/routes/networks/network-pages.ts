/** The network pages, one chunk shared by HR leads and the mobility team. */
import { networkEn } from '@web/i18n/areas/network.en';
import { networkNl } from '@web/i18n/areas/network.nl';
import { addRoleTexts } from '@web/i18n/i18n';

addRoleTexts({ nl: { network: networkNl }, en: { network: networkEn } });

export { NetworksPage } from './networks-page';
export { NetworkPage } from './network-page';
