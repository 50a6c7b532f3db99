<#ftl output_format="HTML">
<#-- A notice to a member: the caller's text (escaped here), with a header and a do-not-reply footer. -->
<#import "template.ftl" as layout>
<@layout.emailLayout>
<p><strong>${msg("bpjstkNoticeHeader")}</strong></p>
<p style="white-space: pre-line">${text}</p>
<p><small>${msg("bpjstkNoticeFooter")}</small></p>
</@layout.emailLayout>
