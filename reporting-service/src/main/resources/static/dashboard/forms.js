// The command forms: each sends its fields as JSON through reporting-service's proxy, with
// If-Match set to the version the page shows, and shows what the command service answers:
// a problem+json error next to its field, a stale version as a refusal with a link to reload.

const STALE_VERSION = 412;

function fieldValue(element) {
    const type = element.dataset.type;
    if (type === 'boolean') {
        return element.checked ? true : undefined;
    }
    const value = element.value.trim();
    if (value === '') {
        return undefined;
    }
    if (type === 'list') {
        return value.split(',').map(item => item.trim()).filter(item => item !== '');
    }
    if (type === 'number') {
        return Number(value);
    }
    if (type === 'figures') {
        return Object.fromEntries(value.split('\n').map(line => line.trim()).filter(line => line !== '').map(line => {
            const colon = line.lastIndexOf(':');
            const amount = colon < 0 ? NaN : Number(line.slice(colon + 1).trim().replace(',', '.'));
            return [colon < 0 ? line : line.slice(0, colon).trim(), Number.isNaN(amount) ? line : amount];
        }));
    }
    return value;
}

function body(form) {
    const json = {};
    for (const element of form.elements) {
        if (element.name) {
            const value = fieldValue(element);
            if (value !== undefined) {
                json[element.name] = value;
            }
        }
    }
    return json;
}

function clearErrors(form) {
    form.querySelectorAll('.field__error, .form-error').forEach(error => {
        error.hidden = true;
        error.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach(element => element.removeAttribute('aria-invalid'));
    form.querySelector('.form-result').textContent = '';
}

function showFieldError(form, field, message) {
    const name = field.split(/[.[]/)[0];
    const error = document.getElementById(`${form.id}-${name}-error`);
    if (!error) {
        return false;
    }
    error.textContent = error.textContent ? `${error.textContent} ${message}` : message;
    error.hidden = false;
    document.getElementById(`${form.id}-${name}`)?.setAttribute('aria-invalid', 'true');
    return true;
}

function showFormError(form, ...content) {
    const error = document.getElementById(`${form.id}-error`);
    error.replaceChildren(...content);
    error.hidden = false;
}

function reloadLink() {
    const link = document.createElement('a');
    link.href = window.location.href;
    link.textContent = 'Laad de pagina opnieuw';
    return link;
}

function versionFrom(response) {
    const etag = response.headers.get('ETag');
    return etag === null ? null : etag.replace(/^W\//, '').replaceAll('"', '');
}

function refuseStale(form, problem) {
    const current = problem?.currentVersion ?? '?';
    showFormError(form,
        `Niet opgeslagen: iemand anders heeft dit intussen gewijzigd (nu versie ${current}, u zag versie ${form.dataset.version}). `,
        reloadLink(), ' om de actuele stand te zien, en leg uw wijziging daarna opnieuw vast.');
    form.querySelector('[type=submit]').focus();
}

function showProblem(form, status, problem) {
    const errors = Array.isArray(problem?.errors) ? problem.errors : [];
    const unplaced = errors.filter(error => !showFieldError(form, error.field ?? '', error.message ?? ''));
    const firstInvalid = form.querySelector('[aria-invalid=true]');
    if (unplaced.length > 0 || errors.length === 0) {
        const sentences = unplaced.length > 0 ? unplaced.map(error => error.message).join(' ') : (problem?.detail ?? '');
        showFormError(form, `Niet opgeslagen (${problem?.title ?? 'fout ' + status}): ${sentences}`);
    }
    (firstInvalid ?? form.querySelector('[type=submit]')).focus();
}

function succeed(form, response, result) {
    const version = versionFrom(response);
    const message = form.querySelector('.form-result');
    if (form.dataset.created !== undefined && result?.id) {
        const link = document.createElement('a');
        link.href = form.dataset.created + encodeURIComponent(result.id);
        link.textContent = 'Naar de nieuwe pagina';
        message.replaceChildren('Geregistreerd. ', link);
        form.reset();
        return;
    }
    if (version !== null) {
        document.querySelectorAll('form[data-version]').forEach(other => { other.dataset.version = version; });
    }
    message.textContent = `Opgeslagen${version === null ? '' : ` (versie ${version})`}. Het overzicht toont het binnen enkele seconden.`;
    form.reset();
}

async function submit(event) {
    event.preventDefault();
    const form = event.currentTarget;
    clearErrors(form);
    const button = form.querySelector('[type=submit]');
    button.disabled = true;
    const headers = {'Content-Type': 'application/json', 'Accept': 'application/json, application/problem+json'};
    if (form.dataset.version !== undefined) {
        headers['If-Match'] = `"${form.dataset.version}"`;
    }
    const csrfHeader = document.querySelector('meta[name=csrf-header]');
    const csrfToken = document.querySelector('meta[name=csrf-token]');
    if (csrfHeader && csrfToken) {
        headers[csrfHeader.content] = csrfToken.content;
    }
    try {
        const response = await fetch(form.dataset.command, {method: 'POST', headers, body: JSON.stringify(body(form))});
        const text = await response.text();
        let json = null;
        try {
            json = text === '' ? null : JSON.parse(text);
        } catch {
            json = {detail: text};
        }
        if (response.ok) {
            succeed(form, response, json);
        } else if (response.status === STALE_VERSION) {
            refuseStale(form, json);
        } else {
            showProblem(form, response.status, json);
        }
    } catch (error) {
        showFormError(form, `Niet opgeslagen: de server is niet bereikbaar (${error.message}). Probeer het opnieuw.`);
    } finally {
        button.disabled = false;
    }
}

document.querySelectorAll('form.command-form').forEach(form => {
    form.setAttribute('novalidate', '');
    form.addEventListener('submit', submit);
});
