import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLanguage, LANGUAGES } from '@web/i18n/i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      label={t('app.language')}
      size="xs"
      value={currentLanguage(i18n.language)}
      data={LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
      onChange={(event) => void i18n.changeLanguage(event.currentTarget.value)}
    />
  );
}
