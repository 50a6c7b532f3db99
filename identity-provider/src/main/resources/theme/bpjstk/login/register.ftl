<#-- Registration of a participant. Field names are a contract (member.FormFields, FormFieldsTest):
     username (the KPJ), nik, birthDate (YYYY-MM-DD), email, phoneNumber, password, password-confirm. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<@layout.registrationLayout displayMessage=messagesPerField.exists('global') displayRequiredFields=true; section>
    <#if section = "header">
        ${msg("registerTitle")}
    <#elseif section = "form">
        <p id="bpjstk-registration-intro">${msg("registrationIntro")}</p>
        <form id="kc-register-form" class="${properties.kcFormClass!}" action="${url.registrationAction}" method="post" novalidate="novalidate">
            <@field.input name="username" label=msg("registrationKpjLabel") value=(register.formData.username)!'' required=true autocomplete="off" autofocus=true />
            <p class="bpjstk-hint">${msg("registrationKpjHint")}</p>
            <@field.input name="nik" label=msg("registrationNikLabel") required=true autocomplete="off" />
            <p class="bpjstk-hint">${msg("registrationNikHint")}</p>
            <@field.group name="birthDate" label=msg("registrationBirthDateLabel") error=messagesPerField.get('birthDate') required=true>
                <span class="${properties.kcInputClass}">
                    <input id="birthDate" name="birthDate" type="date" value="${(register.formData.birthDate)!''}" autocomplete="bday"
                           aria-invalid="<#if messagesPerField.existsError('birthDate')>true</#if>"/>
                </span>
            </@field.group>
            <@field.input name="email" label=msg("email") value=(register.formData.email)!'' required=true autocomplete="email" />
            <@field.input name="phoneNumber" label=msg("registrationPhoneLabel") value=(register.formData.phoneNumber)!'' required=true autocomplete="tel" />
            <p class="bpjstk-hint">${msg("registrationPhoneHint")}</p>
            <@field.password name="password" required=true label=msg("password") autocomplete="new-password" />
            <@field.password name="password-confirm" required=true label=msg("passwordConfirm") autocomplete="new-password" />
            <p class="bpjstk-hint">${msg("registrationPasswordHint")}</p>
            <div id="kc-form-buttons" class="${properties.kcFormButtonsClass!}">
                <input class="${properties.kcButtonClass!} ${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!} ${properties.kcButtonLargeClass!}" type="submit" value="${msg("doRegister")}"/>
            </div>
            <div class="${properties.kcFormGroupClass!}">
                <span><a href="${url.loginUrl}">${msg("backToLogin")}</a></span>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
