import { Alert, Paragraph } from '@utrecht/component-library-react';

/** Confirms a change politely (role="status"), without taking the focus away. */
export function SuccessAlert({ message }: { message: string }) {
  return (
    <Alert type="ok" className="ov-alert">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
