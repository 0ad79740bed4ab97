package coprocessor

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// hexJSON is the gateway's JSON: protojson's camelCase names, with every
// bytes field as a hex string (upstream's gateway encodes bytes so), "0x"
// optional on input. Decoding refuses unknown fields.
type hexJSON struct{}

var _ runtime.Marshaler = hexJSON{}

func (hexJSON) ContentType(any) string { return "application/json" }

func (hexJSON) Marshal(v any) ([]byte, error) {
	m, ok := v.(proto.Message)
	if !ok {
		return json.Marshal(v)
	}
	b, err := protojson.MarshalOptions{EmitUnpopulated: true}.Marshal(m)
	if err != nil {
		return nil, err
	}
	var tree map[string]any
	if err := json.Unmarshal(b, &tree); err != nil {
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

// convert rewrites the bytes fields of a JSON object of message md.
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
