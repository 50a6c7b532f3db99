<#-- "Lupa kata sandi", step one. Field names are a contract (member.FormFields, FormFieldsTest): username (KPJ or email), nik,
     birthDate (YYYY-MM-DD). The NIK is never shown back. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayInfo=true displayMessage=!messagesPerField.existsError('username','nik','birthDate'); section>
    <#if section = "header">
        ${msg("bpjstkResetTitle")}
    <#elseif section = "form">
        <form id="kc-reset-password-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.input name="username" label=msg("usernameOrEmail") value=bpjstkResetUsername!'' autocomplete="username" autofocus=true />
            <@field.input name="nik" label=msg("registrationNikLabel") autocomplete="off" />
            <p class="bpjstk-hint">${msg("registrationNikHint")}</p>
            <@field.group name="birthDate" label=msg("registrationBirthDateLabel") error=messagesPerField.get('birthDate')>
                <span class="${properties.kcInputClass}">
                    <input id="birthDate" name="birthDate" type="date" value="${bpjstkResetBirthDate!''}" autocomplete="bday"
                           aria-invalid="<#if messagesPerField.existsError('birthDate')>true</#if>"/>
                </span>
            </@field.group>
            <@buttons.actionGroup>
                <@buttons.button id="kc-form-buttons" name="login" label="doSubmit"/>
                <@buttons.buttonLink href=url.loginUrl label="backToLogin"/>
            </@buttons.actionGroup>
        </form>
    <#elseif section = "info">
        <span class="${properties.kcLoginMainFooterHelperText!}">${msg("bpjstkResetInstruction")}</span>
    </#if>
</@layout.registrationLayout>
