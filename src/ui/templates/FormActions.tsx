import { useTranslation } from 'react-i18next'

interface Props {
  /** The id of the dialog's form: the footer sits outside it, so the submit button names it. */
  readonly form: string
  readonly submitLabel: string
  readonly onCancel: () => void
}

/** The footer of a template dialog whose body is a form: Cancel, and the primary button that submits it. */
export function FormActions({ form, submitLabel, onCancel }: Props) {
  const { t } = useTranslation()
  return (
    <>
      <button type="button" className="button" onClick={onCancel}>
        {t('templates.cancel')}
      </button>
      <button type="submit" form={form} className="button button--primary">
        {submitLabel}
      </button>
    </>
  )
}
