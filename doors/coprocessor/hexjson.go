package coprocessor

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
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
	var tree map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&tree); err != nil {
		return fmt.Errorf("request body is not a JSON object: %w", err)
	}
	if err := convert(tree, m.ProtoReflect().Descriptor(), fromHex); err != nil {
		return err
	}
	b, err := json.Marshal(tree)
	if err != nil {
		return err
	}
	return protojson.UnmarshalOptions{DiscardUnknown: false}.Unmarshal(b, m)
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
