/** The popup's action screen, loaded with `import()` when an action is opened (hooks/opened-action.ts reads its data). */
import { ActionScreen, type ActionScreenProps } from '@/components/ActionScreen';
import type { OpenedAction } from '@/components/hooks/opened-action';

export function PopupAction({ opened, ...rest }: { opened: OpenedAction } & Omit<ActionScreenProps, keyof OpenedAction>) {
  return <ActionScreen key={opened.action.key} {...opened} {...rest} />;
}
