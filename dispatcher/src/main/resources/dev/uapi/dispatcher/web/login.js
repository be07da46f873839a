// The sign-in page: posts to cPanel's /login/?login_only=1 and follows its answer. Without JavaScript the
// form posts to /login/ and the server answers with a redirect or this page and its error.
"use strict";
(function () {
  const form = document.getElementById("login");
  const messages = {
    invalid_login: "The login is invalid.",
    locked: "Too many failed logins. Wait a few minutes before you try again.",
    expired_session: "Your session has expired. Please log in again."
  };
  function show(field, text) {
    const input = document.getElementById(field);
    document.getElementById(field + "-error").textContent = text;
    input.setAttribute("aria-invalid", text ? "true" : "false");
    if (text) { input.focus(); }
  }
  form.addEventListener("submit", async function (event) {
    event.preventDefault();
    show("user", "");
    show("pass", "");
    const user = form.user.value.trim();
    if (!user) { show("user", "Enter your account name."); return; }
    if (!form.pass.value) { show("pass", "Enter your password."); return; }
    const button = document.getElementById("submit");
    button.disabled = true;
    try {
      const response = await fetch("/login/?login_only=1", {
        method: "POST",
        credentials: "same-origin",
        body: new URLSearchParams({ user: user, pass: form.pass.value })
      });
      const answer = await response.json();
      if (answer.status === 1) {
        window.location.assign(answer.redirect);
        return;
      }
      form.pass.value = "";
      show("pass", messages[answer.message] || "The login is invalid.");
    } catch (e) {
      show("pass", "The server did not answer. Try again.");
    } finally {
      button.disabled = false;
    }
  });
})();
