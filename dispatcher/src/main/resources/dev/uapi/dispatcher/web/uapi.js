// What every signed-in page shares: calling UAPI with the session, and showing errors next to their field.
"use strict";
window.uapi = (function () {
  // every signed-in URL starts with the session's security token, /cpsess and ten digits
  const match = window.location.pathname.match(/^\/cpsess[0-9]{10}/);
  const token = match ? match[0] : "";

  /** Calls Module::function with the session; resolves to the envelope. */
  async function call(module, func, args) {
    const response = await fetch(token + "/execute/" + module + "/" + func, {
      method: "POST",
      credentials: "same-origin",
      body: new URLSearchParams(args || {})
    });
    if (response.status === 401) {
      window.location.assign("/login/?expired=1");
      throw new Error("signed out");
    }
    return response.json();
  }

  /** The envelope's first error, or a fallback. */
  function error(envelope, fallback) {
    return envelope && envelope.errors && envelope.errors.length ? envelope.errors[0] : fallback;
  }

  /** Shows (or clears, with "") the error of a field, in its <p id="<field>-error">. */
  function fieldError(field, text) {
    const input = document.getElementById(field);
    const slot = document.getElementById(field + "-error");
    if (slot) { slot.textContent = text; }
    if (input) {
      input.setAttribute("aria-invalid", text ? "true" : "false");
      if (text) { input.focus(); }
    }
  }

  return { token: token, call: call, error: error, fieldError: fieldError };
})();
