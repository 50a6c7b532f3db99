<#-- "Lupa kata sandi", last step. Field names are a contract (member.FormFields, FormFieldsTest): password-new, password-confirm.
     Every session of the member ends when the new password is set, so there is no "sign out other devices" choice. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('password','password-confirm'); section>
    <#if section = "header">
        ${msg("bpjstkResetPasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.password name="password-new" label=msg("passwordNew") fieldName="password" autocomplete="new-password" autofocus=true />
            <@field.password name="password-confirm" label=msg("passwordConfirm") autocomplete="new-password" />
            <p class="bpjstk-hint">${msg("registrationPasswordHint")}</p>
            <@buttons.actionGroup>
                <@buttons.button id="kc-submit" name="login" label="doSubmit"/>
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <span class="${properties.kcLoginMainFooterHelperText!}">${msg("bpjstkResetPasswordInstruction")}</span>
    </#if>
</@layout.registrationLayout>
