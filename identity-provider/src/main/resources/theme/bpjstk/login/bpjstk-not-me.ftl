<#-- "This wasn't me", the link of a new-device notice. Showing the page changes nothing (link previews and mail
     scanners fetch links); only the button's post, with the page's one-time token, locks the account. -->
<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section = "header">
        <#if bpjstkNotMeState = "confirm">
            ${msg("bpjstkNotMeTitle")}
        <#elseif bpjstkNotMeState = "locked">
            ${msg("bpjstkNotMeLockedTitle")}
        <#else>
            ${msg("bpjstkNotMeGoneTitle")}
        </#if>
    <#elseif section = "form">
        <#if bpjstkNotMeState = "confirm">
            <p id="bpjstk-not-me-sign-in" class="${properties.kcFormGroupClass!}">${msg("bpjstkNotMeSignIn", bpjstkNotMeWhen, msg(bpjstkNotMeDeviceKey, bpjstkNotMeBrowser, bpjstkNotMeOs))}</p>
            <p class="${properties.kcFormGroupClass!}">${msg("bpjstkNotMeExplain")}</p>
            <form id="bpjstk-not-me-form" class="${properties.kcFormClass!}" action="${bpjstkNotMeAction}" method="post" onsubmit="lock.disabled = true; return true;">
                <input type="hidden" name="token" value="${bpjstkNotMeToken}">
                <@buttons.actionGroup>
                    <@buttons.button id="bpjstk-not-me-lock" name="lock" label="bpjstkNotMeLock" />
                </@buttons.actionGroup>
            </form>
        <#elseif bpjstkNotMeState = "locked">
            <p id="bpjstk-not-me-locked" class="${properties.kcFormGroupClass!}">${msg("bpjstkNotMeLocked")}</p>
        <#else>
            <p id="bpjstk-not-me-gone" class="${properties.kcFormGroupClass!}">${msg("bpjstkNotMeGone")}</p>
        </#if>
    </#if>
</@layout.registrationLayout>
