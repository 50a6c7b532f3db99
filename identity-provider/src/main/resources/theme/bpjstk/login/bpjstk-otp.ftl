<#-- One-time code page of sign-in, step-up and the phone actions. Field names are a contract: otp, resend. -->
<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
    <#if section="header">
        ${msg(bpjstkOtpTitle)}
    <#elseif section="form">
        <#if bpjstkOtpPhone?has_content>
            <#if bpjstkOtpCodeSent!true>
                <p id="bpjstk-otp-sent-to" class="${properties.kcFormGroupClass!}">${msg("bpjstkOtpSentTo", bpjstkOtpPhone)}</p>
            <#else>
                <p id="bpjstk-otp-not-sent" class="${properties.kcFormGroupClass!}">${msg("bpjstkOtpNoCodeYet", bpjstkOtpPhone)}</p>
            </#if>
        </#if>
        <#if bpjstkOtpDead>
            <@buttons.actionGroup>
                <@buttons.buttonLink id="bpjstk-otp-restart" href=url.loginRestartFlowUrl label="bpjstkOtpRestart" />
            </@buttons.actionGroup>
        <#else>
            <form id="kc-otp-login-form" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post">
                <@field.input name="otp" label=msg("bpjstkOtpLabel") autocomplete="one-time-code" autofocus=true />
                <@buttons.actionGroup>
                    <@buttons.button id="kc-login" name="login" label="bpjstkOtpSubmit" />
                    <@buttons.button id="bpjstk-otp-resend" name="resend" label="bpjstkOtpResend" type="secondary" formnovalidate="formnovalidate" />
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>
