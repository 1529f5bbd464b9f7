//! The model file layout: a 4-byte magic, then named sections, each
//! `name-length u8, name, byte-length u32 LE, bytes`.
//!
//! Reads and writes whole model files (`data/models/*/model.bin`). Named
//! sections let a model carry its perceptron next to small text tables
//! (class lists, lemma exceptions) and be checked for completeness on load.

use std::collections::BTreeMap;

/// A model file under construction or just read.
#[derive(Debug, Default, Clone)]
pub struct Container<'a> {
    pub sections: BTreeMap<String, std::borrow::Cow<'a, [u8]>>,
}

impl<'a> Container<'a> {
    pub fn put(&mut self, name: &str, bytes: Vec<u8>) {
        self.sections.insert(name.to_string(), bytes.into());
    }

    pub fn to_bytes(&self, magic: &[u8; 4]) -> Vec<u8> {
        let mut out = magic.to_vec();
        for (name, bytes) in &self.sections {
            out.push(name.len() as u8);
            out.extend_from_slice(name.as_bytes());
            out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
            out.extend_from_slice(bytes);
        }
        out
    }

    /// Parses model bytes; the error says what is wrong and at which byte.
    pub fn parse(magic: &[u8; 4], bytes: &'a [u8]) -> Result<Container<'a>, String> {
        if bytes.get(..4) != Some(&magic[..]) {
            return Err(format!(
                "wrong magic (expected {:?})",
                String::from_utf8_lossy(magic)
            ));
        }
        let mut pos = 4;
        let mut c = Container::default();
        while pos < bytes.len() {
            let n = bytes[pos] as usize;
            let name = bytes
                .get(pos + 1..pos + 1 + n)
                .ok_or(format!("truncated section name at byte {pos}"))?;
            let name = std::str::from_utf8(name).map_err(|_| format!("bad name at byte {pos}"))?;
            pos += 1 + n;
            let len = bytes
                .get(pos..pos + 4)
                .ok_or(format!("truncated length at byte {pos}"))?;
            let len = u32::from_le_bytes([len[0], len[1], len[2], len[3]]) as usize;
            pos += 4;
            let body = bytes
                .get(pos..pos + len)
                .ok_or(format!("section {name} truncated at byte {pos}"))?;
            pos += len;
            c.sections.insert(name.to_string(), body.into());
        }
        Ok(c)
    }

    pub fn get(&self, name: &str) -> Result<&[u8], String> {
        self.sections
            .get(name)
            .map(|b| b.as_ref())
            .ok_or(format!("missing section {name}"))
    }

    pub fn text(&self, name: &str) -> Result<&str, String> {
        std::str::from_utf8(self.get(name)?).map_err(|_| format!("section {name} is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_errors() {
        let mut c = Container::default();
        c.put("a", b"hello".to_vec());
        c.put("b", vec![]);
        let bytes = c.to_bytes(b"TEST");
        let back = Container::parse(b"TEST", &bytes).unwrap();
        assert_eq!(back.text("a").unwrap(), "hello");
        assert!(back.get("c").is_err());
        assert!(Container::parse(b"NOPE", &bytes).is_err());
        assert!(Container::parse(b"TEST", &bytes[..bytes.len() - 3]).is_err());
    }
}
