<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:exsl="http://exslt.org/common" xmlns:rt="http://xml.apache.org/xalan/java/java.lang.Runtime"
    extension-element-prefixes="exsl">
  <xsl:template match="/">
    <exsl:document href="/tmp/chb-test-written-by-xslt.txt" method="text">written</exsl:document>
    <xsl:value-of select="rt:exec(rt:getRuntime(), 'touch /tmp/chb-test-run-by-xslt')"/>
  </xsl:template>
</xsl:stylesheet>
