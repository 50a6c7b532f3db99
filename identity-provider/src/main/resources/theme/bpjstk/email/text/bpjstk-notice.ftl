<#ftl output_format="plainText">
${msg("bpjstkNoticeHeader")}

${text}

--
${msg("bpjstkNoticeFooter")}
