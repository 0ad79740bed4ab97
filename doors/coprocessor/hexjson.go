package coprocessor

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// hexJSON is the gateway's JSON: protojson's camelCase names, with every
// bytes field as a hex string (upstream's gateway encodes bytes so), "0x"
// optional on input; on output 64-bit integers are JSON numbers and enums
// their numbers, as upstream's serde types (u64, i32) are written, where
// protojson would write strings and names (both read on input). Decoding
// refuses unknown fields.
type hexJSON struct{}

var _ runtime.Marshaler = hexJSON{}

func (hexJSON) ContentType(any) string { return "application/json" }

func (hexJSON) Marshal(v any) ([]byte, error) {
	m, ok := v.(proto.Message)
	if !ok {
		return json.Marshal(v)
	}
	b, err := protojson.MarshalOptions{EmitUnpopulated: true, UseEnumNumbers: true}.Marshal(m)
	if err != nil {
		return nil, err
	}
	var tree map[string]any
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber() // 64-bit integers exactly
	if err := dec.Decode(&tree); err != nil {
		return nil, err
	}
	if err := convert(tree, m.ProtoReflect().Descriptor(), toHex); err != nil {
		return nil, err
	}
	return json.Marshal(tree)
}

func (hexJSON) Unmarshal(data []byte, v any) error {
	m, ok := v.(proto.Message)
	if !ok {
		return json.Unmarshal(data, v)
	}
	obj, err := fromHexObject(data, m.ProtoReflect().Descriptor())
	if err != nil {
		return err
	}
	b, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	return protojson.UnmarshalOptions{DiscardUnknown: false}.Unmarshal(b, m)
}

// fromHexObject reads a JSON object of message md with its bytes fields as hex strings and
// returns it with them in protojson's base64. Each value is kept as its raw bytes (nothing is
// built of a value but the bytes fields' strings, so memory stays near the body's size
// whatever the body holds), and a key that names no field is refused before any value is
// looked at.
func fromHexObject(data []byte, md protoreflect.MessageDescriptor) (map[string]json.RawMessage, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, io.EOF // no body: grpc-gateway takes it as the empty message
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(data, &obj); err != nil || obj == nil {
		if err == nil {
			err = errors.New("null")
		}
		return nil, fmt.Errorf("request body is not a JSON object: %w", err)
	}
	for k := range obj {
		if fieldOf(md, k) == nil {
			return nil, fmt.Errorf("unknown field %q", k)
		}
	}
	for k, raw := range obj {
		fd := fieldOf(md, k)
		if string(raw) == "null" {
			continue
		}
		switch {
		case fd.Kind() == protoreflect.BytesKind && fd.IsList():
			var list []string
			if err := json.Unmarshal(raw, &list); err != nil {
				return nil, fmt.Errorf("field %s: want a list of hex strings", k)
			}
			for i, e := range list {
				c, err := fromHex(e)
				if err != nil {
					return nil, fmt.Errorf("field %s[%d]: %w", k, i, err)
				}
				list[i] = c
			}
			b, err := json.Marshal(list)
			if err != nil {
				return nil, err
			}
			obj[k] = b
		case fd.Kind() == protoreflect.BytesKind:
			var str string
			if err := json.Unmarshal(raw, &str); err != nil {
				return nil, fmt.Errorf("field %s: want a hex string", k)
			}
			c, err := fromHex(str)
			if err != nil {
				return nil, fmt.Errorf("field %s: %w", k, err)
			}
			b, err := json.Marshal(c)
			if err != nil {
				return nil, err
			}
			obj[k] = b
		case fd.Kind() == protoreflect.MessageKind && !fd.IsList() && !fd.IsMap():
			sub, err := fromHexObject(raw, fd.Message())
			if err != nil {
				return nil, fmt.Errorf("field %s: %w", k, err)
			}
			b, err := json.Marshal(sub)
			if err != nil {
				return nil, err
			}
			obj[k] = b
		}
	}
	return obj, nil
}

// fieldOf is md's field of JSON name (or proto name) k, or nil.
func fieldOf(md protoreflect.MessageDescriptor, k string) protoreflect.FieldDescriptor {
	if fd := md.Fields().ByJSONName(k); fd != nil {
		return fd
	}
	return md.Fields().ByName(protoreflect.Name(k))
}

func (h hexJSON) NewDecoder(r io.Reader) runtime.Decoder {
	return runtime.DecoderFunc(func(v any) error {
		// Bounded by the gateway (http.MaxBytesReader, per route).
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		return h.Unmarshal(b, v)
	})
}

func (h hexJSON) NewEncoder(w io.Writer) runtime.Encoder {
	return runtime.EncoderFunc(func(v any) error {
		b, err := h.Marshal(v)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	})
}

func toHex(s string) (string, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(b), nil
}

func fromHex(s string) (string, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X"))
	if err != nil {
		return "", fmt.Errorf("not a hex string: %w", err)
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

// is64 reports a 64-bit integer field (protojson writes them as strings).
func is64(fd protoreflect.FieldDescriptor) bool {
	switch fd.Kind() {
	case protoreflect.Int64Kind, protoreflect.Uint64Kind, protoreflect.Sint64Kind, protoreflect.Fixed64Kind, protoreflect.Sfixed64Kind:
		return true
	}
	return false
}

// number is protojson's string of a 64-bit integer as a JSON number.
func number(k string, v any) (any, error) {
	s, ok := v.(string)
	if !ok {
		return v, nil
	}
	if _, err := json.Number(s).Int64(); err != nil {
		if _, uerr := strconv.ParseUint(s, 10, 64); uerr != nil {
			return nil, fmt.Errorf("field %s: %q is not a 64-bit integer", k, s)
		}
	}
	return json.Number(s), nil
}

// convert rewrites the bytes fields of a JSON object of message md with f,
// and its 64-bit integers as numbers.
func convert(obj map[string]any, md protoreflect.MessageDescriptor, f func(string) (string, error)) error {
	for k, v := range obj {
		fd := md.Fields().ByJSONName(k)
		if fd == nil {
			fd = md.Fields().ByName(protoreflect.Name(k))
		}
		if fd == nil || v == nil {
			continue // protojson reports unknown fields
		}
		switch {
		case is64(fd) && fd.IsList():
			list, ok := v.([]any)
			if !ok {
				return fmt.Errorf("field %s: want a list of integers", k)
			}
			for i, e := range list {
				n, err := number(k, e)
				if err != nil {
					return err
				}
				list[i] = n
			}
		case is64(fd) && !fd.IsMap():
			n, err := number(k, v)
			if err != nil {
				return err
			}
			obj[k] = n
		case fd.Kind() == protoreflect.BytesKind && fd.IsList():
			list, ok := v.([]any)
			if !ok {
				return fmt.Errorf("field %s: want a list of hex strings", k)
			}
			for i, e := range list {
				s, ok := e.(string)
				if !ok {
					return fmt.Errorf("field %s[%d]: want a hex string", k, i)
				}
				c, err := f(s)
				if err != nil {
					return fmt.Errorf("field %s[%d]: %w", k, i, err)
				}
				list[i] = c
			}
		case fd.Kind() == protoreflect.BytesKind:
			s, ok := v.(string)
			if !ok {
				return fmt.Errorf("field %s: want a hex string", k)
			}
			c, err := f(s)
			if err != nil {
				return fmt.Errorf("field %s: %w", k, err)
			}
			obj[k] = c
		case fd.Kind() == protoreflect.MessageKind && !fd.IsList() && !fd.IsMap():
			sub, ok := v.(map[string]any)
			if !ok {
				return fmt.Errorf("field %s: want an object", k)
			}
			if err := convert(sub, fd.Message(), f); err != nil {
				return err
			}
		}
	}
	return nil
}
