"""Interop with Python's signxml (lxml): verify a chb signature, or sign an update for chb.

    python3 signxml-interop.py verify FILE CERT        prints "verified" (exit 0) or fails
    python3 signxml-interop.py sign FILE KEY CERT       writes the signed document to stdout

Parsing never resolves entities or touches the network.
"""
import sys

from lxml import etree
from signxml import XMLSigner, XMLVerifier, methods
from signxml.algorithms import CanonicalizationMethod, DigestAlgorithm, SignatureMethod

parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

if sys.argv[1] == "verify":
    data = open(sys.argv[2], "rb").read()
    XMLVerifier().verify(data, x509_cert=open(sys.argv[3]).read(), parser=parser)
    print("verified")
else:
    root = etree.fromstring(open(sys.argv[2], "rb").read(), parser=parser)
    signer = XMLSigner(
        method=methods.enveloped,
        signature_algorithm=SignatureMethod.ECDSA_SHA256,
        digest_algorithm=DigestAlgorithm.SHA256,
        c14n_algorithm=CanonicalizationMethod.EXCLUSIVE_XML_CANONICALIZATION_1_0,
    )
    signed = signer.sign(root, key=open(sys.argv[3], "rb").read(), cert=open(sys.argv[4]).read())
    sys.stdout.buffer.write(etree.tostring(signed, xml_declaration=True, encoding="UTF-8"))
