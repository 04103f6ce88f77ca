/*
 * The customer's invitation page. It reads the invitation from the address it was opened at (the same URL, asked
 * for JSON) and authorizes it with the API's JSON POST to that address + "/accept", from this origin. Everything it
 * shows comes from those answers: the invitation, the outcome, or a refusal's "detail" (problem+json). Text is set
 * as text, never as HTML.
 */
(function () {
  'use strict';

  var TENANT_ID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
  var address = window.location.pathname.replace(/\/+$/, '');
  var invitation = null;

  function byId(id) {
    return document.getElementById(id);
  }

  function setText(id, text) {
    byId(id).textContent = text || '';
  }

  /** Sends a request; calls back with the status and the parsed JSON body (null when there is none). */
  function send(method, url, body, done) {
    var request = new XMLHttpRequest();
    request.open(method, url, true);
    request.setRequestHeader('Accept', 'application/json');
    if (body !== undefined) {
      request.setRequestHeader('Content-Type', 'application/json');
    }
    request.onreadystatechange = function () {
      if (request.readyState !== 4) {
        return;
      }
      var json = null;
      try {
        json = request.responseText ? JSON.parse(request.responseText) : null;
      } catch (notJson) {
        json = null;
      }
      done(request.status, json);
    };
    request.send(body === undefined ? null : JSON.stringify(body));
  }

  /** What went wrong, as the API said it (problem+json "detail", and "errors" when it lists them). */
  function showProblem(status, problem) {
    var text;
    if (problem && problem.detail) {
      text = problem.detail;
    } else if (status === 0) {
      text = 'The service could not be reached. Check your connection and try again.';
    } else {
      text = 'The request failed (HTTP ' + status + '). Please try again later.';
    }
    var box = byId('problem');
    box.textContent = '';
    var paragraph = document.createElement('p');
    paragraph.textContent = text;
    box.appendChild(paragraph);
    if (problem && problem.errors && problem.errors.length) {
      var list = document.createElement('ul');
      for (var i = 0; i < problem.errors.length; i++) {
        var item = document.createElement('li');
        item.textContent = problem.errors[i];
        list.appendChild(item);
        markField(String(problem.errors[i]));
      }
      box.appendChild(list);
    } else {
      markField(text);
    }
  }

  /** A refusal that names a field ("customerTenantId: …") is shown at that field too. */
  function markField(message) {
    var fields = ['customerTenantId', 'companyName'];
    for (var i = 0; i < fields.length; i++) {
      if (message.indexOf(fields[i] + ':') === 0) {
        fieldError(fields[i], message.substring(fields[i].length + 1).replace(/^\s+/, ''));
      }
    }
  }

  function fieldError(id, message) {
    var input = byId(id);
    setText(id + '-error', message);
    if (message) {
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
  }

  function formatDate(iso) {
    try {
      return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
    } catch (unsupported) {
      return iso.substring(0, 10);
    }
  }

  function showInvitation(data) {
    invitation = data;
    var names = document.querySelectorAll('[data-text]');
    for (var i = 0; i < names.length; i++) {
      names[i].textContent = data[names[i].getAttribute('data-text')] || '';
    }
    setText('title', 'Invitation from ' + data.resellerName);
    document.title = 'Invitation from ' + data.resellerName + ' and ' + data.providerName;
    setText('invites', data.resellerName + ' and its indirect provider ' + data.providerName + ' invite '
        + (data.customerName || 'your organisation') + ' to a reseller relationship with both of them at the same'
        + ' time.');
    byId('loading').hidden = true;
    byId('invitation').hidden = false;
    if (data.state !== 'SENT') {
      byId('authorize').hidden = true;
      setText('expiry', data.state === 'ACCEPTED' ? 'This invitation has been authorized already.'
          : 'This invitation has expired. Ask ' + data.resellerName + ' for a new one.');
      return;
    }
    setText('expiry', data.expiresAt ? 'This link is valid until ' + formatDate(data.expiresAt) + '.' : '');
    byId('authorize-button').textContent = 'Authorize ' + data.resellerName + ' and ' + data.providerName;
    if (data.newCustomer) {
      byId('tenant-fields').hidden = false;
      byId('customerTenantId').required = true;
      byId('companyName').required = true;
    } else {
      byId('tenant-fields').hidden = true;
    }
  }

  /** The form's own check, before anything is sent; the API checks again. */
  function validInput() {
    if (!invitation.newCustomer) {
      return true;
    }
    var tenant = byId('customerTenantId').value.replace(/^\s+|\s+$/g, '');
    var company = byId('companyName').value.replace(/^\s+|\s+$/g, '');
    fieldError('customerTenantId', !tenant ? 'Enter your tenant ID.'
        : !TENANT_ID.test(tenant) ? 'A tenant ID is a GUID, such as 0f3b5a1c-8d2e-4f6a-9b7c-1d2e3f4a5b6c.' : '');
    fieldError('companyName', company ? '' : 'Enter your company name.');
    var firstInvalid = document.querySelector('[aria-invalid="true"]');
    if (firstInvalid) {
      firstInvalid.focus();
      return false;
    }
    return true;
  }

  function authorize(event) {
    event.preventDefault();
    setText('problem', '');
    setText('outcome', '');
    if (!validInput()) {
      return;
    }
    var body = {};
    if (invitation.newCustomer) {
      body.customerTenantId = byId('customerTenantId').value.replace(/^\s+|\s+$/g, '');
      body.companyName = byId('companyName').value.replace(/^\s+|\s+$/g, '');
    }
    var button = byId('authorize-button');
    button.disabled = true;
    byId('authorize').setAttribute('aria-busy', 'true');
    send('POST', address + '/accept', body, function (status, answer) {
      button.disabled = false;
      byId('authorize').removeAttribute('aria-busy');
      if (status >= 200 && status < 300) {
        byId('authorize').hidden = true;
        setText('expiry', '');
        setText('outcome', 'Done: ' + answer.resellerName + ' and ' + answer.providerName
            + ' are now your resellers of record. You can close this page.');
      } else {
        showProblem(status, answer);
      }
    });
  }

  function start() {
    byId('authorize').addEventListener('submit', authorize);
    send('GET', address, undefined, function (status, answer) {
      if (status === 200 && answer) {
        showInvitation(answer);
      } else {
        byId('loading').hidden = true;
        showProblem(status, answer);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
