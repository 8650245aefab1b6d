import { useEffect, useRef, useState } from 'react';

/**
 * After a failed submit, focus goes to the first field marked invalid: its label, description
 * and error message are then read out together, and the user can correct it at once.
 */
export function useFocusFirstInvalid() {
  const formRef = useRef<HTMLFormElement>(null);
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [request]);
  return { formRef, focusFirstInvalid: () => setRequest((n) => n + 1) };
}
